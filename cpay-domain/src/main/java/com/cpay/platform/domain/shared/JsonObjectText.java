package com.cpay.platform.domain.shared;

/**
 * Recognises the text of one JSON object (RFC 8259): {@code {}} or {@code {"name":value,...}} with any JSON
 * values inside, surrounded by optional whitespace and followed by nothing else. It only answers yes or no; nothing
 * is built. Recursive: meant for short texts whose length has been checked ({@link ExtInfo#MAX_LENGTH}); objects and
 * arrays nested deeper than {@value #MAX_DEPTH} levels are refused rather than risk the stack.
 */
final class JsonObjectText {

    static final int MAX_DEPTH = 512;

    private final String text;
    private int at;

    private JsonObjectText(String text) {
        this.text = text;
    }

    /** Whether the text is exactly one JSON object (whitespace around it allowed). */
    static boolean isObject(String text) {
        if (text == null) {
            return false;
        }
        JsonObjectText reader = new JsonObjectText(text);
        reader.skipWhitespace();
        if (!reader.peek('{') || !reader.value(0)) {
            return false;
        }
        reader.skipWhitespace();
        return reader.at == text.length();
    }

    private boolean value(int depth) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        };
    }

    private boolean object(int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        at++;
        skipWhitespace();
        if (take('}')) {
            return true;
        }
        do {
            skipWhitespace();
            if (!peek('"') || !string()) {
                return false;
            }
            skipWhitespace();
            if (!take(':')) {
                return false;
            }
            skipWhitespace();
            if (!value(depth)) {
                return false;
            }
            skipWhitespace();
        } while (take(','));
        return take('}');
    }

    private boolean array(int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        at++;
        skipWhitespace();
        if (take(']')) {
            return true;
        }
        do {
            skipWhitespace();
            if (!value(depth)) {
                return false;
            }
            skipWhitespace();
        } while (take(','));
        return take(']');
    }

    private boolean string() {
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return true;
            }
            if (c < 0x20) {
                return false;
            }
            if (c == '\\' && !escape()) {
                return false;
            }
        }
        return false;
    }

    private boolean escape() {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at++);
        if ("\"\\/bfnrt".indexOf(c) >= 0) {
            return true;
        }
        if (c != 'u' || at + 4 > text.length()) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (Character.digit(text.charAt(at++), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean literal(String word) {
        if (text.startsWith(word, at)) {
            at += word.length();
            return true;
        }
        return false;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private boolean number() {
        take('-');
        if (!take('0')) {
            if (!isDigit(1, 9)) {
                return false;
            }
            digits();
        }
        if (take('.') && digits() == 0) {
            return false;
        }
        if (take('e') || take('E')) {
            if (!take('+')) {
                take('-');
            }
            return digits() > 0;
        }
        return true;
    }

    private int digits() {
        int start = at;
        while (isDigit(0, 9)) {
            at++;
        }
        return at - start;
    }

    private boolean isDigit(int lowest, int highest) {
        if (at >= text.length()) {
            return false;
        }
        int digit = text.charAt(at) - '0';
        return digit >= lowest && digit <= highest;
    }

    private void skipWhitespace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private boolean peek(char expected) {
        return at < text.length() && text.charAt(at) == expected;
    }

    private boolean take(char expected) {
        if (peek(expected)) {
            at++;
            return true;
        }
        return false;
    }
}
