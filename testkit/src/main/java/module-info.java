/**
 * jqwik arbitraries and invariant checks for property tests of rsisim models. Its one package is API; its methods
 * return jqwik's {@code Arbitrary} and rsisim's types, so a module that requires this one reads jqwik's API, the
 * models and the scenario language (the arbitraries of scenario files compile what they generate) too.
 */
module org.rsisim.testkit {
    requires transitive org.rsisim.models;
    requires transitive org.rsisim.scenario;
    requires transitive net.jqwik.api;

    exports org.rsisim.testkit;
}
