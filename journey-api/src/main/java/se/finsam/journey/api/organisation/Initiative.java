package se.finsam.journey.api.organisation;

public record Initiative(String code, String name, String association) {
}
