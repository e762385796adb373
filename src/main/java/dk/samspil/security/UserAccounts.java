package dk.samspil.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users who may sign in: looked up for sign-in, created with hashed passwords. */
@Service
public class UserAccounts implements UserDetailsService {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(UserAccountRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.findByUsername(username)
                .map(SamspilUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** Creates a user; the password is stored only as its bcrypt hash. */
    @Transactional
    public void create(NewUser user) {
        repository.insert(user, passwordEncoder.encode(user.password()));
    }

    @Transactional(readOnly = true)
    public boolean none() {
        return repository.count() == 0;
    }
}
