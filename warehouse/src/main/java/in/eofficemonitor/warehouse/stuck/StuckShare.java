package in.eofficemonitor.warehouse.stuck;

/**
 * What lies at one office's desks at a time, and how much of it is stuck (the ranking's stuck share).
 *
 * @param pending files and receipts pending at the office's desks (pendency by office: files + receipts)
 * @param stuck those of them stuck (stuck items by office)
 * @param registered whether the registry knows the office
 */
public record StuckShare(String officeId, boolean registered, long pending, long stuck) {}
