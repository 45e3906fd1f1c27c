package dev.citebot.answer;

/** One earlier message of the conversation: {@code role} is "user" or "assistant". */
public record Turn(String role, String content) {
    public boolean fromUser() {
        return "user".equalsIgnoreCase(role);
    }
}
