package org.medlist.model;

import java.time.LocalDate;
import java.util.Optional;

public record Person(long id, String name, Optional<LocalDate> born, String notes) {}
