package in.eofficemonitor.dashboard.platform;

import in.eofficemonitor.dashboard.security.UserSource;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides where the users come from before anything opens ({@link UserSource}): a start that is not the demo and
 * has no users file fails here, in a second, with what to set, instead of after the warehouse is migrated. In the
 * demo the app listens on 127.0.0.1 only: its printed passwords are for whoever sits at this machine. An explicit
 * {@code server.address} (e.g. {@code --server.address=0.0.0.0} to show the demo on a LAN) wins, since this default
 * is the last property source consulted. Registered in {@code META-INF/spring.factories}; runs after the
 * configuration files and the command line are read.
 */
public final class DemoLoopback implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (UserSource.of(environment) == UserSource.DEMO) {
            environment.getPropertySources().addLast(new MapPropertySource("demo-loopback",
                    Map.of("server.address", "127.0.0.1")));
        }
    }
}
