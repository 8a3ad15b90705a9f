package in.eofficemonitor.warehouse.registry;

/** One desk (a seat in an office that files move between), from desks.csv. */
public record Desk(String deskId, String officeId, String designation, String designationHi, String holderName) {}
