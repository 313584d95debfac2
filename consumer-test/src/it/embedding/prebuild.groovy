// Writes the embedding example of rsisim's README.md (its first java code block) into this project as the
// program ReadmeExample, so that the consumer runs the README's code as it stands.
def readme = new File(rsisimReadme).getText('UTF-8')
def block = (readme =~ /(?s)```java\n(.*?)```/)
assert block.find() : "README.md has a java code block"
def lines = block.group(1).readLines()
def imports = lines.findAll { it.startsWith('import ') }
def body = lines.findAll { !it.startsWith('import ') }.dropWhile { it.isBlank() }
def source = new File(basedir, 'src/main/java/org/rsisim/consumer/ReadmeExample.java')
source.setText("""package org.rsisim.consumer;

${imports.join('\n')}

/** The embedding example of rsisim's README.md. */
final class ReadmeExample {
    private ReadmeExample() {
    }

    static void main(String[] args) {
${body.collect { it.isEmpty() ? '' : '        ' + it }.join('\n')}
    }
}
""", 'UTF-8')
return true
