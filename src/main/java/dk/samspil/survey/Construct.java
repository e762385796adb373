package dk.samspil.survey;

/** What an instrument measures (the glossary's names). */
public enum Construct {
    PSYCHOLOGICAL_SAFETY,
    ROLE_CLARITY,
    RELATIONAL_COORDINATION,
    CORE_ELEMENTS
}
