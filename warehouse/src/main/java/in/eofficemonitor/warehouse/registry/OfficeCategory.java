package in.eofficemonitor.warehouse.registry;

/** The office categories the state tracks rollout by (DESIGN §3). A Collectorate is a DISTRICT_OFFICE. */
public enum OfficeCategory {
    SECRETARIAT_DEPARTMENT,
    HOD_OFFICE,
    POLICE_UNIT,
    DIVISION_OFFICE,
    DISTRICT_OFFICE
}
