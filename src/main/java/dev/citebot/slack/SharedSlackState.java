package dev.citebot.slack;

/** What Slack's front door keeps that every replica must share (store=postgres): seen events and conversations. */
public record SharedSlackState(EventLedger events, ConversationMemory conversations) {
}
