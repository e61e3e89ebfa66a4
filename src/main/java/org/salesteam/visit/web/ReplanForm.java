package org.salesteam.visit.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import org.salesteam.visit.Visit;

import org.springframework.format.annotation.DateTimeFormat;

/** Moving a planned visit (改期): the new day and time. */
class ReplanForm {

	@NotNull(message = "{visit.validation.replanDate}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull(message = "{visit.validation.replanTime}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime time;

	private int version;

	static ReplanForm of(Visit visit) {
		ReplanForm form = new ReplanForm();
		form.date = visit.getVisitDate();
		form.time = visit.getPlannedAt().toLocalTime();
		form.version = visit.getVersion();
		return form;
	}

	LocalDateTime plannedAt() {
		return this.date.atTime(this.time);
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getTime() {
		return this.time;
	}

	public void setTime(LocalTime time) {
		this.time = time;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
