package org.medlist.model;

import java.time.LocalDate;

/** One of a person's "questions for my doctor", as written, with the day it was added. */
public record Question(long id, long personId, String text, LocalDate addedOn) {}
