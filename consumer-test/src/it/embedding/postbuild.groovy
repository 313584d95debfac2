// Checks what the consumer's program printed: each output line that README.md quotes under its example, and the
// signs that it ran on the module path.
def log = new File(basedir, 'build.log').getText('UTF-8')
def readme = new File(rsisimReadme).getText('UTF-8')
def quoted = (readme =~ /(?s)```java\n.*?```.*?```\n(.*?)```/)
assert quoted.find() : "README.md quotes the example's output in the code block after it"
def expected = quoted.group(1).readLines().findAll { !it.isBlank() }
assert expected.size() == 2 : "the README quotes two output lines: " + expected
expected.each { line ->
    assert log.readLines().contains(line) : "the consumer printed the README's line: " + line
}
assert log.contains('module org.rsisim.consumer reads org.rsisim.models (explicit)')
def indicators = (log =~ /bundled indicators: (\d+)/)
assert indicators.find() && (indicators.group(1) as int) > 0
assert log.contains('own model found: consumer-compounding')
return true
