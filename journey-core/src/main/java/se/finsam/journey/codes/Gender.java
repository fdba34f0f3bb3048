package se.finsam.journey.codes;

public enum Gender implements Coded {
    WOMAN("Kvinna"), MAN("Man"), NON_BINARY("Icke-binär");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
