package org.rawafid.publish;

import java.util.Objects;

/** Another outlet's report of the same story, credited in the "نشرته أيضاً" footer. */
public record AlsoReport(Outlet outlet, String title, String link) {
    public AlsoReport {
        Objects.requireNonNull(outlet, "outlet");
        title = InertText.name(Objects.requireNonNull(title, "title"));
        link = InertText.webUrl(link); // null when not http(s): credited without a link
    }
}
