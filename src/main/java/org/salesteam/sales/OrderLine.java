package org.salesteam.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of an order. The net amount is quantity × unit price × (1 − discount) unless a
 * different one was agreed; the cost is quantity × the product's standard unit cost
 * unless known; gross profit is net amount − cost and may be negative. Amounts are
 * rounded half-up to the fen. A line's number is its key inside the order: {@code 1},
 * {@code 2} … for lines numbered by the application, the source system's line id (a
 * positive whole number of any size, or text of at most {@value #MAX_KEY_LENGTH}
 * characters) for imported ones; lines are listed in {@link #KEY_ORDER}.
 */
@Embeddable
public class OrderLine {

	/** The longest line key. */
	public static final int MAX_KEY_LENGTH = 64;

	/**
	 * The order lines are listed in: shorter keys first, then by text — whole numbers in
	 * numeric order (9 before 10), as SQL {@code order by length(line_no), line_no}.
	 */
	public static final Comparator<String> KEY_ORDER = Comparator.comparingInt(String::length)
		.thenComparing(Comparator.naturalOrder());

	private static final BigDecimal ONE = BigDecimal.ONE;

	@Column(name = "line_no", nullable = false, length = MAX_KEY_LENGTH)
	private String lineNo;

	@Column(name = "product_id", nullable = false)
	private long productId;

	@Column(nullable = false, precision = 19, scale = 4)
	private BigDecimal quantity;

	@Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
	private BigDecimal unitPrice;

	@Column(nullable = false, precision = 19, scale = 4)
	private BigDecimal discount;

	@Column(name = "net_amount", nullable = false, precision = 19, scale = 2)
	private BigDecimal netAmount;

	@Column(nullable = false, precision = 19, scale = 2)
	private BigDecimal cost;

	protected OrderLine() {
	}

	private OrderLine(String lineNo, long productId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount,
			BigDecimal netAmount, BigDecimal cost) {
		this.lineNo = lineNo;
		this.productId = productId;
		this.quantity = quantity;
		this.unitPrice = unitPrice;
		this.discount = discount;
		this.netAmount = netAmount;
		this.cost = cost;
	}

	/**
	 * A line with its amounts completed.
	 * @param discount a fraction 0–1; null means none
	 * @param givenNet the agreed net amount, or null to compute it
	 * @param givenCost the known cost, or null for quantity × {@code standardUnitCost}
	 */
	public static OrderLine of(int lineNo, long productId, BigDecimal quantity, BigDecimal unitPrice,
			BigDecimal discount, BigDecimal givenNet, BigDecimal givenCost, BigDecimal standardUnitCost) {
		return of(Integer.toString(lineNo), productId, quantity, unitPrice, discount, givenNet, givenCost,
				standardUnitCost);
	}

	/**
	 * {@link #of(int, long, BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal)}
	 * with a key.
	 */
	public static OrderLine of(String lineNo, long productId, BigDecimal quantity, BigDecimal unitPrice,
			BigDecimal discount, BigDecimal givenNet, BigDecimal givenCost, BigDecimal standardUnitCost) {
		Objects.requireNonNull(lineNo, "lineNo");
		Objects.requireNonNull(quantity, "quantity");
		Objects.requireNonNull(unitPrice, "unitPrice");
		BigDecimal fraction = (discount != null) ? discount : BigDecimal.ZERO;
		BigDecimal net = (givenNet != null) ? givenNet : quantity.multiply(unitPrice).multiply(ONE.subtract(fraction));
		BigDecimal cost = (givenCost != null) ? givenCost
				: quantity.multiply((standardUnitCost != null) ? standardUnitCost : BigDecimal.ZERO);
		return new OrderLine(lineNo, productId, quantity, unitPrice, fraction, fen(net), fen(cost));
	}

	static BigDecimal fen(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	public BigDecimal grossProfit() {
		return this.netAmount.subtract(this.cost);
	}

	public String getLineNo() {
		return this.lineNo;
	}

	public long getProductId() {
		return this.productId;
	}

	public BigDecimal getQuantity() {
		return this.quantity;
	}

	public BigDecimal getUnitPrice() {
		return this.unitPrice;
	}

	public BigDecimal getDiscount() {
		return this.discount;
	}

	public BigDecimal getNetAmount() {
		return this.netAmount;
	}

	public BigDecimal getCost() {
		return this.cost;
	}

	/** How the audit trail shows the line. */
	@Override
	public String toString() {
		return this.lineNo + ":" + this.productId + "×" + this.quantity.stripTrailingZeros().toPlainString() + "@"
				+ this.unitPrice.stripTrailingZeros().toPlainString() + "-"
				+ this.discount.stripTrailingZeros().toPlainString() + "=" + this.netAmount.toPlainString() + "/"
				+ this.cost.toPlainString();
	}

}
