package dev.citebot.chat;

/** Text shortened for a chat message, the same way in Slack and Mattermost. */
public final class ChatText {
    private ChatText() {
    }

    /** The text on one line, cut short at a word with an ellipsis when longer than {@code max} characters. */
    public static String trim(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
