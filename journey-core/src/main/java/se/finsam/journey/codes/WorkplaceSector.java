package se.finsam.journey.codes;

public enum WorkplaceSector implements Coded {
    MUNICIPAL("Kommunal arbetsplats"),
    OTHER_PUBLIC("Region/stat"),
    PRIVATE("Privat arbetsgivare"),
    NON_PROFIT("Ideell/förening");

    private final String label;

    WorkplaceSector(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
