package dev.citebot.http;

/** The JSON body of every error: the HTTP status, a short error name and a message for people. */
public record ApiError(int status, String error, String message) {
}
