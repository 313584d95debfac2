// Checks that the tests ran (a pom with Maven 3.8's default surefire 2.12.4 prints "Tests run: 0" and succeeds),
// that jqwik's properties and JUnit Jupiter's test ran side by side, and that the broken model's property stayed out.
def log = new File(basedir, 'build.log').getText('UTF-8')
def totals = (log =~ /(?m)^\[INFO\] Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)$/)
assert totals.find() : "surefire printed a summary"
assert (totals.group(1) as int) == 4 : "four tests ran (three properties, one JUnit test): " + totals.group(0)
assert !log.contains('Tests run: 0,') : "no test class ran without tests"
assert log.contains('OversightModelTest.moreOversightNeverLowersFidelity') || log.contains('in org.example.oversight.OversightModelTest')
assert log.contains('tries = 200') : "jqwik reported its tries"
assert !log.contains('BrokenOversightTest') : "the broken model's property is excluded by its tag"
assert !log.contains('Edge case generation exceeds number of tries') : "no edge-case warning"
return true
