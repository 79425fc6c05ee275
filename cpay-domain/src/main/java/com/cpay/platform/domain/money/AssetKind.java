package com.cpay.platform.domain.money;

/** Whether an asset is a crypto coin (8 decimals at C-Pay) or a fiat currency (2 decimals). */
public enum AssetKind {
    CRYPTO,
    FIAT
}
