package io.planmon.gateway.security;

/**
 * {@link VerifiedTokens}' key: equal for exactly the same token string, hashed over its last characters only (the
 * signature's, which differ from token to token): hashing the whole 1.2 KB token for each lookup showed in profiles. Only
 * verified tokens are ever stored, so nobody can fill a hash bucket with tokens of their choosing.
 */
record TokenKey(String token) {
    private static final int HASHED_TAIL = 32;

    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = Math.max(0, token.length() - HASHED_TAIL); i < token.length(); i++) {
            hash = 31 * hash + token.charAt(i);
        }
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenKey key && key.token.equals(token);
    }
}
