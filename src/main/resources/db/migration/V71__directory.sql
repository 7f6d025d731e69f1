-- Support local: small and home businesses, their products, endorsements ("mentions"), ambassadors and
-- their featured lists, and in-kind offers of businesses to campaigns and cases.

CREATE TABLE business (
    id              uuid PRIMARY KEY,
    slug            varchar(80)  NOT NULL UNIQUE,
    owner_id        uuid         NOT NULL REFERENCES member (id),
    name            varchar(120) NOT NULL,
    story           text,
    category        varchar(30)  NOT NULL,
    home_based      boolean      NOT NULL,
    women_owned     boolean      NOT NULL,
    city            varchar(40)  NOT NULL,
    delivery_area   varchar(200),
    whatsapp        varchar(30),
    instagram       varchar(60),
    website         varchar(200),
    opening_hours   varchar(300),
    search_keywords text,
    hidden          boolean      NOT NULL DEFAULT false,
    created_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX business_browse_idx ON business (city, category) WHERE NOT hidden;
CREATE INDEX business_owner_idx ON business (owner_id);

CREATE TABLE business_product (
    id            uuid PRIMARY KEY,
    business_id   uuid         NOT NULL REFERENCES business (id),
    name          varchar(120) NOT NULL,
    description   text,
    price_minor   bigint       NOT NULL CHECK (price_minor >= 0),
    currency      char(3)      NOT NULL,
    photo_file    varchar(80),
    photo_type    varchar(40),
    created_at    timestamptz  NOT NULL
);
CREATE INDEX business_product_idx ON business_product (business_id, created_at);

CREATE TABLE directory_ambassador (
    member_id  uuid PRIMARY KEY REFERENCES member (id),
    granted_by uuid        NOT NULL REFERENCES member (id),
    granted_at timestamptz NOT NULL
);

CREATE TABLE endorsement (
    business_id uuid         NOT NULL REFERENCES business (id),
    member_id   uuid         NOT NULL REFERENCES member (id),
    line        varchar(140) NOT NULL,
    ambassador  boolean      NOT NULL,
    created_at  timestamptz  NOT NULL,
    PRIMARY KEY (business_id, member_id)
);

CREATE TABLE featured_list (
    id         uuid PRIMARY KEY,
    slug       varchar(80)  NOT NULL UNIQUE,
    owner_id   uuid         NOT NULL REFERENCES member (id),
    title      varchar(140) NOT NULL,
    intro      text,
    created_at timestamptz  NOT NULL
);

CREATE TABLE featured_list_item (
    list_id     uuid        NOT NULL REFERENCES featured_list (id),
    business_id uuid        NOT NULL REFERENCES business (id),
    position    int         NOT NULL,
    added_at    timestamptz NOT NULL,
    PRIMARY KEY (list_id, business_id)
);

CREATE TABLE in_kind_offer (
    id          uuid PRIMARY KEY,
    business_id uuid         NOT NULL REFERENCES business (id),
    target_type varchar(20)  NOT NULL,
    target_ref  varchar(200) NOT NULL,
    what        varchar(300) NOT NULL,
    quantity    int          NOT NULL CHECK (quantity > 0),
    created_by  uuid         NOT NULL REFERENCES member (id),
    created_at  timestamptz  NOT NULL
);
CREATE INDEX in_kind_offer_business_idx ON in_kind_offer (business_id, created_at);
