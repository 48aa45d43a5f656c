package com.aftercare.policy.delivery;

/**
 * What is known about an item missing from a delivery (DLV-5).
 *
 * <p>Whether the shortage was noted is a fact a person establishes, not text the code reads: the caller sets it
 * from the agent's record of the carrier's note, or from {@link #fromRemarks} (the delivery's free-text remarks,
 * which an agent confirms mention the shortage).
 *
 * @param notedOnDelivery the shortage was noted on the delivery before the rest was signed for; {@code null} while
 *     nobody has confirmed either way
 * @param foundMissing the agent's investigation found the item missing; {@code null} until it decides
 */
public record ShortageFacts(Boolean notedOnDelivery, Boolean foundMissing) {

    /**
     * The note from the delivery's remarks: blank remarks note nothing; remarks with text count only once an agent
     * confirms they mention the shortage (no guessing from the words), and are unconfirmed until then.
     *
     * @param agentConfirmsShortage whether the agent read the remarks as noting the shortage; {@code null} until read
     */
    public static ShortageFacts fromRemarks(String remarks, Boolean agentConfirmsShortage) {
        Boolean noted = remarks == null || remarks.isBlank() ? Boolean.FALSE : agentConfirmsShortage;
        return new ShortageFacts(noted, null);
    }

    /** The same facts with the investigation's decision. */
    public ShortageFacts investigated(boolean foundMissing) {
        return new ShortageFacts(notedOnDelivery, foundMissing);
    }
}
