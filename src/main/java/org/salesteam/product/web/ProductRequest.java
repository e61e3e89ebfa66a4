package org.salesteam.product.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.salesteam.product.ProductData;

/** A product as the API receives it; {@code version} is required on a change. */
record ProductRequest(
		@NotBlank(message = "{product.validation.required}") @Size(max = 32,
				message = "{product.validation.tooLong}") @Pattern(regexp = "[A-Za-z0-9_.-]*",
						message = "{product.validation.code}") String code,
		@NotBlank(message = "{product.validation.required}") @Size(max = 200,
				message = "{product.validation.tooLong}") String name,
		@NotBlank(message = "{product.validation.required}") @Size(max = 50,
				message = "{product.validation.tooLong}") String category,
		@NotBlank(message = "{product.validation.required}") @Size(max = 20,
				message = "{product.validation.tooLong}") String unit,
		@NotNull(message = "{product.validation.required}") @DecimalMin(value = "0",
				message = "{product.validation.notNegative}") @Digits(integer = 15, fraction = 4,
						message = "{product.validation.price}") BigDecimal listPrice,
		@NotNull(message = "{product.validation.required}") @DecimalMin(value = "0",
				message = "{product.validation.notNegative}") @Digits(integer = 15, fraction = 4,
						message = "{product.validation.price}") BigDecimal standardCost,
		Boolean active, Integer version) {

	ProductData toData() {
		return new ProductData(this.code, this.name, this.category, this.unit, this.listPrice, this.standardCost,
				!Boolean.FALSE.equals(this.active));
	}

}
