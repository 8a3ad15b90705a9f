package in.eofficemonitor.warehouse.trail;

/** A file id offered while the user types, with the office holding the item now (the trail's scope check). */
public record FileSuggestion(String fileId, String officeId) {}
