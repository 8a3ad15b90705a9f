package in.eofficemonitor.warehouse.deadletters;

/** How many input lines were rejected for one reason code. */
public record DeadLetterCount(String reason, long count) {}
