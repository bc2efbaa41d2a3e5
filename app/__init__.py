"""changdu-facts: structured, citable facts from one feature on Qamdo's 70 years."""
