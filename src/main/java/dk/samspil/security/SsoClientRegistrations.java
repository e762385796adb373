package dk.samspil.security;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * Samspil as the provider's client. The provider's metadata (endpoints, keys) is read from its
 * discovery document at the first sign-in rather than at start-up, as Boot's own properties would:
 * a provider that is down must not keep the application, and its local data manager, from starting.
 * A failed read is tried again at the next sign-in.
 */
final class SsoClientRegistrations implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "sso";

    private static final Logger LOG = LoggerFactory.getLogger(SsoClientRegistrations.class);

    private final SsoSettings settings;
    private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

    SsoClientRegistrations(SsoSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration.get();
        if (known != null) {
            return known;
        }
        try {
            ClientRegistration read = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(REGISTRATION_ID)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope(settings.scopes())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    // PKCE beside the client secret: a code intercepted on its way back is useless alone
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
            registration.compareAndSet(null, read);
            return registration.get();
        } catch (RuntimeException unreachable) {
            LOG.warn("The identity provider's metadata could not be read from {}: {}", settings.issuerUri(),
                    unreachable.getMessage());
            return null;
        }
    }
}
