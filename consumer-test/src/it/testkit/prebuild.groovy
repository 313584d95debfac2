// Checks that this project's pom.xml is the complete minimal pom that docs/testing.md shows, character for character
// (after invoker put rsisim's version into it), so that the page's pom is the one the build runs.
def doc = new File(rsisimTestingDoc).getText('UTF-8')
def block = (doc =~ /(?s)```xml\n(<\?xml.*?)```/)
assert block.find() : "docs/testing.md shows a complete pom (an xml block that starts with <?xml)"
def shown = block.group(1).trim()
def pom = new File(basedir, 'pom.xml').getText('UTF-8').trim()
if (shown != pom) {
    def a = shown.readLines()
    def b = pom.readLines()
    def i = (0..<Math.min(a.size(), b.size())).find { a[it] != b[it] } ?: Math.min(a.size(), b.size())
    assert false : "docs/testing.md's pom differs from consumer-test/src/it/testkit/pom.xml at line " + (i + 1) +
            ": docs '" + (i < a.size() ? a[i] : '(end)') + "', project '" + (i < b.size() ? b[i] : '(end)') + "'"
}
return true
