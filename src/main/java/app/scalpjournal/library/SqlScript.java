package app.scalpjournal.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration script into statements the way SQLite's {@code sqlite3_complete()} decides a
 * statement is complete: at a semicolon outside quotes and comments, except inside
 * {@code CREATE [TEMP] TRIGGER ... BEGIN ... END}, whose body ends only at a semicolon right after
 * {@code END}. (Like sqlite3_complete, a trigger body must not contain {@code CASE ... END;}.)
 */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        List<String> words = new ArrayList<>(); // keywords and identifiers of the current statement, upper-cased
        int i = 0;
        int n = script.length();
        while (i < n) {
            char ch = script.charAt(i);
            int end;
            if (ch == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                end = script.indexOf('\n', i);
                end = end < 0 ? n : end;
                i = end; // comments are dropped
                continue;
            }
            if (ch == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                current.append(' ');
                continue;
            }
            if (ch == '\'' || ch == '"' || ch == '`') {
                end = closingQuote(script, i, ch);
                current.append(script, i, end);
                words.add("?");
                i = end;
                continue;
            }
            if (ch == '[') {
                end = script.indexOf(']', i);
                end = end < 0 ? n : end + 1;
                current.append(script, i, end);
                words.add("?");
                i = end;
                continue;
            }
            if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '$') {
                end = i;
                while (end < n && (Character.isLetterOrDigit(script.charAt(end)) || script.charAt(end) == '_' || script.charAt(end) == '$')) {
                    end++;
                }
                String word = script.substring(i, end);
                current.append(word);
                words.add(word.toUpperCase(Locale.ROOT));
                i = end;
                continue;
            }
            current.append(ch);
            i++;
            if (ch == ';') {
                if (!isTrigger(words) || (words.size() >= 1 && words.get(words.size() - 1).equals("END"))) {
                    add(statements, current);
                    current.setLength(0);
                    words.clear();
                } else {
                    words.add(";");
                }
            }
        }
        add(statements, current);
        return statements;
    }

    /** The index just past the closing quote; a doubled quote is an escaped one. */
    private static int closingQuote(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    private static boolean isTrigger(List<String> words) {
        if (words.size() < 2 || !words.get(0).equals("CREATE")) {
            return false;
        }
        String second = words.get(1);
        if (second.equals("TEMP") || second.equals("TEMPORARY")) {
            return words.size() > 2 && words.get(2).equals("TRIGGER");
        }
        return second.equals("TRIGGER");
    }

    private static void add(List<String> statements, StringBuilder text) {
        String statement = text.toString().strip();
        if (!statement.isEmpty() && !statement.equals(";")) {
            statements.add(statement.endsWith(";") ? statement.substring(0, statement.length() - 1).strip() : statement);
        }
    }
}
