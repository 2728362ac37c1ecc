package org.nafitha.identity;

import java.util.Optional;

/**
 * Who is signed in on the current request, for code that is not a controller method (which takes
 * {@link Actor} as a parameter instead). Empty for anonymous visitors.
 */
public interface CurrentActor {

    Optional<Actor> get();
}
