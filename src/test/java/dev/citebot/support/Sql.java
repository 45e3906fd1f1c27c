package dev.citebot.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reading the store's tables directly in the store tests. */
public final class Sql {
    private Sql() {
    }

    /** The first column of every row of {@code sql}, as text. */
    public static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                found.add(r.getString(1));
            }
        }
        return found;
    }
}
