/**
 * jqwik arbitraries and invariant checks for property tests of rsisim models. Its one package is API; its methods
 * return jqwik's {@code Arbitrary} and rsisim's types, so a module that requires this one reads jqwik's API and the
 * models too.
 */
module org.rsisim.testkit {
    requires transitive org.rsisim.models;
    requires transitive net.jqwik.api;

    exports org.rsisim.testkit;
}
