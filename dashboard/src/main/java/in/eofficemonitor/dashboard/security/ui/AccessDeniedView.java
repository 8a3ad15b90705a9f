package in.eofficemonitor.dashboard.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import in.eofficemonitor.dashboard.layout.MainLayout;
import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.dashboard.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a logged-in user sees on a view of another role (a Collector typing /health): the same "no such page" as for
 * a page that does not exist, so the answer does not tell what is there — but, unlike Vaadin's default, the attempt
 * is logged and counted ({@code eoffice.access.denied{kind=view}}).
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    private final AccessGuard guard;
    private final CurrentUser currentUser;

    public AccessDeniedView(AccessGuard guard, CurrentUser currentUser) {
        this.guard = guard;
        this.currentUser = currentUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        guard.deniedView(currentUser.get().id(), event.getLocation().getPath());
        removeAll();
        add(new H2(getTranslation("denied.title")), new Paragraph(getTranslation("denied.text", event.getLocation().getPath())));
        setId("access-denied");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
