package dk.samspil;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Samspil: collaboration-culture analytics for a cross-sector mental-health programme. */
@SpringBootApplication
public class SamspilApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamspilApplication.class, args);
    }
}
