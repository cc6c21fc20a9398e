package org.sealedintake.crypto;

import com.google.crypto.tink.Aead;
import java.security.GeneralSecurityException;

/**
 * Where a key-encryption key lives. A cloud KMS plugs in as another implementation of this
 * interface (a CDI bean), chosen by the URI scheme, e.g. {@code gcp-kms://...} or
 * {@code aws-kms://...} with Tink's KMS integrations.
 */
public interface KekProvider {

    /** Whether this provider serves the URI. */
    boolean supports(String kekUri);

    /** The KEK as an AEAD; {@code create} makes a new one where the provider can (development only). */
    Aead kek(String kekUri, boolean create) throws GeneralSecurityException;
}
