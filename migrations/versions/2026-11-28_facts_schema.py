"""Facts schema: the article, its sections and paragraphs, and every kind of fact with its source span.

Revision ID: 142a83e55864
Revises:
Create Date: 2026-11-28 17:49:22.020609
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "142a83e55864"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("subtitle_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("subtitle_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("byline_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("byline_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("author_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("author_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("dataset_version", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("loaded_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article")),
    )
    op.create_table(
        "photo",
        sa.Column("source_paragraph", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=False),
        sa.Column("source_end", sa.Integer(), nullable=False),
        sa.Column("source_quote", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("caption_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("caption_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_photo")),
    )
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_position"), ["position"], unique=False)
        batch_op.create_index(batch_op.f("ix_photo_source_paragraph"), ["source_paragraph"], unique=False)

    op.create_table(
        "place",
        sa.Column("source_paragraph", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=False),
        sa.Column("source_end", sa.Integer(), nullable=False),
        sa.Column("source_quote", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("level", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("parent", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(["parent"], ["place.slug"], name=op.f("fk_place_parent_place")),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_place")),
    )
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_place_parent"), ["parent"], unique=False)
        batch_op.create_index(batch_op.f("ix_place_position"), ["position"], unique=False)
        batch_op.create_index(batch_op.f("ix_place_source_paragraph"), ["source_paragraph"], unique=False)

    op.create_table(
        "section",
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("first_paragraph", sa.Integer(), nullable=False),
        sa.Column("last_paragraph", sa.Integer(), nullable=False),
        sa.Column("heading_paragraph", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_section")),
    )
    with op.batch_alter_table("section", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_section_position"), ["position"], unique=False)

    op.create_table(
        "milestone",
        sa.Column("source_paragraph", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=False),
        sa.Column("source_end", sa.Integer(), nullable=False),
        sa.Column("source_quote", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("section", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date_start", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date_end", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("precision", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date_text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("description_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("description_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("derived", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["section"], ["section.slug"], name=op.f("fk_milestone_section_section")),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_milestone")),
    )
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestone_date_end"), ["date_end"], unique=False)
        batch_op.create_index(batch_op.f("ix_milestone_date_start"), ["date_start"], unique=False)
        batch_op.create_index(batch_op.f("ix_milestone_position"), ["position"], unique=False)
        batch_op.create_index(batch_op.f("ix_milestone_section"), ["section"], unique=False)
        batch_op.create_index(batch_op.f("ix_milestone_source_paragraph"), ["source_paragraph"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("source_paragraph", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=False),
        sa.Column("source_end", sa.Integer(), nullable=False),
        sa.Column("source_quote", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(["place"], ["place.slug"], name=op.f("fk_organisation_place_place")),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_organisation")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_position"), ["position"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organisation_source_paragraph"), ["source_paragraph"], unique=False
        )

    op.create_table(
        "paragraph",
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("section", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["section"], ["section.slug"], name=op.f("fk_paragraph_section_section")),
        sa.PrimaryKeyConstraint("index", name=op.f("pk_paragraph")),
    )
    with op.batch_alter_table("paragraph", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_paragraph_section"), ["section"], unique=False)

    op.create_table(
        "statistic",
        sa.Column("source_paragraph", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=False),
        sa.Column("source_end", sa.Integer(), nullable=False),
        sa.Column("source_quote", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("section", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("label_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("label_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("value_max", sa.Float(), nullable=True),
        sa.Column("unit", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("unit_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value_text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("qualifier", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("as_of", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("as_of_year", sa.Integer(), nullable=True),
        sa.Column("as_of_text", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("period_start", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("period_end", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("period_text", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("derived", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["section"], ["section.slug"], name=op.f("fk_statistic_section_section")),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_statistic")),
    )
    with op.batch_alter_table("statistic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_statistic_as_of_year"), ["as_of_year"], unique=False)
        batch_op.create_index(batch_op.f("ix_statistic_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_statistic_position"), ["position"], unique=False)
        batch_op.create_index(batch_op.f("ix_statistic_qualifier"), ["qualifier"], unique=False)
        batch_op.create_index(batch_op.f("ix_statistic_section"), ["section"], unique=False)
        batch_op.create_index(batch_op.f("ix_statistic_source_paragraph"), ["source_paragraph"], unique=False)
        batch_op.create_index(batch_op.f("ix_statistic_unit"), ["unit"], unique=False)

    op.create_table(
        "story",
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("section", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("summary_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("summary_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["section"], ["section.slug"], name=op.f("fk_story_section_section")),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_story")),
    )
    with op.batch_alter_table("story", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_story_position"), ["position"], unique=False)
        batch_op.create_index(batch_op.f("ix_story_section"), ["section"], unique=False)

    op.create_table(
        "document",
        sa.Column("source_paragraph", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=False),
        sa.Column("source_end", sa.Integer(), nullable=False),
        sa.Column("source_quote", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("issuer", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("date", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("precision", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("date_text", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(
            ["issuer"], ["organisation.slug"], name=op.f("fk_document_issuer_organisation")
        ),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_document")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_position"), ["position"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_source_paragraph"), ["source_paragraph"], unique=False)

    op.create_table(
        "honour",
        sa.Column("source_paragraph", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=False),
        sa.Column("source_end", sa.Integer(), nullable=False),
        sa.Column("source_quote", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("recipient", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recipient"], ["organisation.slug"], name=op.f("fk_honour_recipient_organisation")
        ),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_honour")),
    )
    with op.batch_alter_table("honour", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_honour_position"), ["position"], unique=False)
        batch_op.create_index(batch_op.f("ix_honour_source_paragraph"), ["source_paragraph"], unique=False)

    op.create_table(
        "person",
        sa.Column("source_paragraph", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=False),
        sa.Column("source_end", sa.Integer(), nullable=False),
        sa.Column("source_quote", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("role_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("role_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("organisation", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation"], ["organisation.slug"], name=op.f("fk_person_organisation_organisation")
        ),
        sa.ForeignKeyConstraint(["place"], ["place.slug"], name=op.f("fk_person_place_place")),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_position"), ["position"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_source_paragraph"), ["source_paragraph"], unique=False)

    op.create_table(
        "storyorganisation",
        sa.Column("story", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("organisation", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation"],
            ["organisation.slug"],
            name=op.f("fk_storyorganisation_organisation_organisation"),
        ),
        sa.ForeignKeyConstraint(["story"], ["story.slug"], name=op.f("fk_storyorganisation_story_story")),
        sa.PrimaryKeyConstraint("story", "organisation", name=op.f("pk_storyorganisation")),
    )
    with op.batch_alter_table("storyorganisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_storyorganisation_organisation"), ["organisation"], unique=False)

    op.create_table(
        "storyplace",
        sa.Column("story", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["place"], ["place.slug"], name=op.f("fk_storyplace_place_place")),
        sa.ForeignKeyConstraint(["story"], ["story.slug"], name=op.f("fk_storyplace_story_story")),
        sa.PrimaryKeyConstraint("story", "place", name=op.f("pk_storyplace")),
    )
    with op.batch_alter_table("storyplace", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_storyplace_place"), ["place"], unique=False)

    op.create_table(
        "quote",
        sa.Column("source_paragraph", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=False),
        sa.Column("source_end", sa.Integer(), nullable=False),
        sa.Column("source_quote", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("section", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("speaker", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("speaker_description_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("speaker_description_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["section"], ["section.slug"], name=op.f("fk_quote_section_section")),
        sa.ForeignKeyConstraint(["speaker"], ["person.slug"], name=op.f("fk_quote_speaker_person")),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_quote")),
    )
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_position"), ["position"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_section"), ["section"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_source_paragraph"), ["source_paragraph"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_speaker"), ["speaker"], unique=False)

    op.create_table(
        "storyperson",
        sa.Column("story", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("person", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person"], ["person.slug"], name=op.f("fk_storyperson_person_person")),
        sa.ForeignKeyConstraint(["story"], ["story.slug"], name=op.f("fk_storyperson_story_story")),
        sa.PrimaryKeyConstraint("story", "person", name=op.f("pk_storyperson")),
    )
    with op.batch_alter_table("storyperson", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_storyperson_person"), ["person"], unique=False)

    op.create_table(
        "storyquote",
        sa.Column("story", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("quote", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["quote"], ["quote.slug"], name=op.f("fk_storyquote_quote_quote")),
        sa.ForeignKeyConstraint(["story"], ["story.slug"], name=op.f("fk_storyquote_story_story")),
        sa.PrimaryKeyConstraint("story", "quote", name=op.f("pk_storyquote")),
    )
    with op.batch_alter_table("storyquote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_storyquote_quote"), ["quote"], unique=False)



def downgrade() -> None:
    with op.batch_alter_table("storyquote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_storyquote_quote"))

    op.drop_table("storyquote")
    with op.batch_alter_table("storyperson", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_storyperson_person"))

    op.drop_table("storyperson")
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_speaker"))
        batch_op.drop_index(batch_op.f("ix_quote_source_paragraph"))
        batch_op.drop_index(batch_op.f("ix_quote_section"))
        batch_op.drop_index(batch_op.f("ix_quote_position"))

    op.drop_table("quote")
    with op.batch_alter_table("storyplace", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_storyplace_place"))

    op.drop_table("storyplace")
    with op.batch_alter_table("storyorganisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_storyorganisation_organisation"))

    op.drop_table("storyorganisation")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_source_paragraph"))
        batch_op.drop_index(batch_op.f("ix_person_position"))

    op.drop_table("person")
    with op.batch_alter_table("honour", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_honour_source_paragraph"))
        batch_op.drop_index(batch_op.f("ix_honour_position"))

    op.drop_table("honour")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_source_paragraph"))
        batch_op.drop_index(batch_op.f("ix_document_position"))

    op.drop_table("document")
    with op.batch_alter_table("story", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_story_section"))
        batch_op.drop_index(batch_op.f("ix_story_position"))

    op.drop_table("story")
    with op.batch_alter_table("statistic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_statistic_unit"))
        batch_op.drop_index(batch_op.f("ix_statistic_source_paragraph"))
        batch_op.drop_index(batch_op.f("ix_statistic_section"))
        batch_op.drop_index(batch_op.f("ix_statistic_qualifier"))
        batch_op.drop_index(batch_op.f("ix_statistic_position"))
        batch_op.drop_index(batch_op.f("ix_statistic_kind"))
        batch_op.drop_index(batch_op.f("ix_statistic_as_of_year"))

    op.drop_table("statistic")
    with op.batch_alter_table("paragraph", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_paragraph_section"))

    op.drop_table("paragraph")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_source_paragraph"))
        batch_op.drop_index(batch_op.f("ix_organisation_position"))

    op.drop_table("organisation")
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_source_paragraph"))
        batch_op.drop_index(batch_op.f("ix_milestone_section"))
        batch_op.drop_index(batch_op.f("ix_milestone_position"))
        batch_op.drop_index(batch_op.f("ix_milestone_date_start"))
        batch_op.drop_index(batch_op.f("ix_milestone_date_end"))

    op.drop_table("milestone")
    with op.batch_alter_table("section", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_section_position"))

    op.drop_table("section")
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_source_paragraph"))
        batch_op.drop_index(batch_op.f("ix_place_position"))
        batch_op.drop_index(batch_op.f("ix_place_parent"))

    op.drop_table("place")
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photo_source_paragraph"))
        batch_op.drop_index(batch_op.f("ix_photo_position"))

    op.drop_table("photo")
    op.drop_table("article")
