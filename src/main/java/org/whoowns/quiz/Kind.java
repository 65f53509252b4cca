package org.whoowns.quiz;

/** The kinds of question (SPEC §2). The id is what exports and question ids use. */
public enum Kind {
    OWNER_OF_CELL("owner-of-cell"),
    TRUE_FALSE("true-false"),
    AREAS_OF_OWNER("areas-of-owner"),
    MODELS_OF_AREA("models-of-area"),
    ALWAYS_RETAINED("always-retained"),
    TRANSITION("transition"),
    FIRST_MODEL("first-model"),
    RANKING("ranking"),
    TRUE_STATEMENTS("true-statements"),
    MATRIX_FILL("matrix-fill"),
    TASK_OWNER("task-owner"),
    SPLIT_CELL("split-cell"),
    MODEL_FROM_DESCRIPTION("model-from-description"),
    FACT("fact"),
    SCENARIO("scenario");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
