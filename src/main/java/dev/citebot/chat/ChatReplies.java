package dev.citebot.chat;

/** Citebot's own short messages in chat, shared by Slack and Mattermost. */
public final class ChatReplies {
    public static final String BUSY = "Too many questions at once; please ask again in a minute.";

    private ChatReplies() {
    }

    public static String usage(String command) {
        String name = command == null || command.isBlank() ? "/citebot" : command.strip();
        return "Type " + name + " and a question about the documents, for example: " + name
                + " When was the agreement signed?\n"
                + "I answer with sentences quoted from the documents, each followed by its source number [1].";
    }

    public static String mentionUsage() {
        return "Mention me with a question about the documents, for example: @Citebot When was the agreement "
                + "signed? I answer in this thread with sentences quoted from the documents.";
    }

    public static String tooLong(int max) {
        return "That question is too long: please keep it under " + max + " characters.";
    }

    public static String lookingUp(String question) {
        return "Looking that up: " + question;
    }
}
