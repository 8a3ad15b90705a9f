package in.eofficemonitor.warehouse.calendar;

import java.io.Serializable;
import java.time.LocalDate;

/** One gazetted holiday of the state's list, with its name in English and Hindi. */
public record GazettedHoliday(LocalDate date, String name, String nameHi) implements Serializable {}
