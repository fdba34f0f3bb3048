package se.finsam.journey.api;

import org.springframework.boot.SpringApplication;
import se.finsam.journey.api.demo.GenerateCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = "se.finsam.journey")
@ConfigurationPropertiesScan
public class JourneyApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(GenerateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err,
                    java.time.Clock.systemUTC()));
        }
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(JourneyApplication.class, args);
    }
}
