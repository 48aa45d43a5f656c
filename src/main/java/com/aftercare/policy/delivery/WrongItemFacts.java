package com.aftercare.policy.delivery;

/**
 * What is known about a wrong item delivered (DLV-6).
 *
 * @param refusedAndNoted the item was refused at the door and the refusal written on the delivery note
 * @param agentFindsWrongItem when it was accepted without a note, the agent's decision that it was the wrong item;
 *     {@code null} until the agent decides
 */
public record WrongItemFacts(boolean refusedAndNoted, Boolean agentFindsWrongItem) {
}
