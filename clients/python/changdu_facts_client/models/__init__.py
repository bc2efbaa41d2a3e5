""" Contains all the data models used in inputs/outputs """

from .article_public import ArticlePublic
from .citation import Citation
from .corrected_fact import CorrectedFact
from .correction_fields import CorrectionFields
from .correction_page import CorrectionPage
from .correction_public import CorrectionPublic
from .correction_ref import CorrectionRef
from .derivation import Derivation
from .display import Display
from .document_fields import DocumentFields
from .document_fields_precision_type_0 import DocumentFieldsPrecisionType0
from .document_page import DocumentPage
from .document_public import DocumentPublic
from .document_public_precision_type_0 import DocumentPublicPrecisionType0
from .field_change import FieldChange
from .get_chart_png_layout import GetChartPngLayout
from .get_chart_png_theme import GetChartPngTheme
from .get_chart_svg_theme import GetChartSvgTheme
from .get_chart_theme import GetChartTheme
from .get_dataset_jsonld_kind import GetDatasetJsonldKind
from .get_dataset_jsonld_qualifier_type_0 import GetDatasetJsonldQualifierType0
from .get_dataset_jsonld_response_200 import GetDatasetJsonldResponse200
from .get_dataset_jsonld_response_200_context import GetDatasetJsonldResponse200Context
from .get_dataset_jsonld_response_200_graph_item import GetDatasetJsonldResponse200GraphItem
from .get_gallery_theme import GetGalleryTheme
from .get_health_response_gethealth import GetHealthResponseGethealth
from .get_readiness_response_getreadiness import GetReadinessResponseGetreadiness
from .get_statistic_card_theme import GetStatisticCardTheme
from .get_statistic_png_layout import GetStatisticPngLayout
from .get_statistic_png_theme import GetStatisticPngTheme
from .get_statistic_svg_theme import GetStatisticSvgTheme
from .get_statistics_csv_kind import GetStatisticsCsvKind
from .get_statistics_csv_qualifier_type_0 import GetStatisticsCsvQualifierType0
from .get_timeline_png_layout import GetTimelinePngLayout
from .get_timeline_png_theme import GetTimelinePngTheme
from .get_timeline_svg_theme import GetTimelineSvgTheme
from .get_timeline_theme import GetTimelineTheme
from .highlight import Highlight
from .honour_fields import HonourFields
from .honour_page import HonourPage
from .honour_public import HonourPublic
from .licence_public import LicencePublic
from .licences_public import LicencesPublic
from .list_documents_sort import ListDocumentsSort
from .list_honours_sort import ListHonoursSort
from .list_milestones_precision import ListMilestonesPrecision
from .list_milestones_sort import ListMilestonesSort
from .list_organisations_kind import ListOrganisationsKind
from .list_organisations_sort import ListOrganisationsSort
from .list_people_sort import ListPeopleSort
from .list_photos_sort import ListPhotosSort
from .list_places_level import ListPlacesLevel
from .list_places_sort import ListPlacesSort
from .list_quotes_sort import ListQuotesSort
from .list_statistics_kind import ListStatisticsKind
from .list_statistics_qualifier_type_0 import ListStatisticsQualifierType0
from .list_statistics_sort import ListStatisticsSort
from .list_stories_sort import ListStoriesSort
from .localized import Localized
from .match import Match
from .match_lang import MatchLang
from .milestone_fields import MilestoneFields
from .milestone_fields_precision import MilestoneFieldsPrecision
from .milestone_page import MilestonePage
from .milestone_public import MilestonePublic
from .milestone_public_precision import MilestonePublicPrecision
from .note_public import NotePublic
from .note_public_kind import NotePublicKind
from .note_source import NoteSource
from .o_embed_rich import OEmbedRich
from .organisation_fields import OrganisationFields
from .organisation_fields_kind import OrganisationFieldsKind
from .organisation_page import OrganisationPage
from .organisation_public import OrganisationPublic
from .organisation_public_kind import OrganisationPublicKind
from .paragraph_page import ParagraphPage
from .paragraph_public import ParagraphPublic
from .period import Period
from .person_fields import PersonFields
from .person_page import PersonPage
from .person_public import PersonPublic
from .photo_fields import PhotoFields
from .photo_page import PhotoPage
from .photo_public import PhotoPublic
from .place_brief import PlaceBrief
from .place_brief_level import PlaceBriefLevel
from .place_fields import PlaceFields
from .place_fields_level import PlaceFieldsLevel
from .place_page import PlacePage
from .place_public import PlacePublic
from .place_public_level import PlacePublicLevel
from .problem_detail import ProblemDetail
from .problem_detail_errors_type_0_item import ProblemDetailErrorsType0Item
from .publication_public import PublicationPublic
from .quote_fields import QuoteFields
from .quote_page import QuotePage
from .quote_public import QuotePublic
from .search_facts_kind import SearchFactsKind
from .search_hit import SearchHit
from .search_hit_kind import SearchHitKind
from .search_hit_page import SearchHitPage
from .section_count import SectionCount
from .section_count_kind import SectionCountKind
from .section_public import SectionPublic
from .section_public_kind import SectionPublicKind
from .source_span import SourceSpan
from .statistic_fields import StatisticFields
from .statistic_fields_kind import StatisticFieldsKind
from .statistic_fields_qualifier_type_0 import StatisticFieldsQualifierType0
from .statistic_page import StatisticPage
from .statistic_public import StatisticPublic
from .statistic_public_kind import StatisticPublicKind
from .statistic_public_qualifier_type_0 import StatisticPublicQualifierType0
from .story_fields import StoryFields
from .story_page import StoryPage
from .story_public import StoryPublic
from .unit_public import UnitPublic
from .vocabulary_list_section_count import VocabularyListSectionCount
from .vocabulary_list_unit_public import VocabularyListUnitPublic

__all__ = (
    "ArticlePublic",
    "Citation",
    "CorrectedFact",
    "CorrectionFields",
    "CorrectionPage",
    "CorrectionPublic",
    "CorrectionRef",
    "Derivation",
    "Display",
    "DocumentFields",
    "DocumentFieldsPrecisionType0",
    "DocumentPage",
    "DocumentPublic",
    "DocumentPublicPrecisionType0",
    "FieldChange",
    "GetChartPngLayout",
    "GetChartPngTheme",
    "GetChartSvgTheme",
    "GetChartTheme",
    "GetDatasetJsonldKind",
    "GetDatasetJsonldQualifierType0",
    "GetDatasetJsonldResponse200",
    "GetDatasetJsonldResponse200Context",
    "GetDatasetJsonldResponse200GraphItem",
    "GetGalleryTheme",
    "GetHealthResponseGethealth",
    "GetReadinessResponseGetreadiness",
    "GetStatisticCardTheme",
    "GetStatisticPngLayout",
    "GetStatisticPngTheme",
    "GetStatisticsCsvKind",
    "GetStatisticsCsvQualifierType0",
    "GetStatisticSvgTheme",
    "GetTimelinePngLayout",
    "GetTimelinePngTheme",
    "GetTimelineSvgTheme",
    "GetTimelineTheme",
    "Highlight",
    "HonourFields",
    "HonourPage",
    "HonourPublic",
    "LicencePublic",
    "LicencesPublic",
    "ListDocumentsSort",
    "ListHonoursSort",
    "ListMilestonesPrecision",
    "ListMilestonesSort",
    "ListOrganisationsKind",
    "ListOrganisationsSort",
    "ListPeopleSort",
    "ListPhotosSort",
    "ListPlacesLevel",
    "ListPlacesSort",
    "ListQuotesSort",
    "ListStatisticsKind",
    "ListStatisticsQualifierType0",
    "ListStatisticsSort",
    "ListStoriesSort",
    "Localized",
    "Match",
    "MatchLang",
    "MilestoneFields",
    "MilestoneFieldsPrecision",
    "MilestonePage",
    "MilestonePublic",
    "MilestonePublicPrecision",
    "NotePublic",
    "NotePublicKind",
    "NoteSource",
    "OEmbedRich",
    "OrganisationFields",
    "OrganisationFieldsKind",
    "OrganisationPage",
    "OrganisationPublic",
    "OrganisationPublicKind",
    "ParagraphPage",
    "ParagraphPublic",
    "Period",
    "PersonFields",
    "PersonPage",
    "PersonPublic",
    "PhotoFields",
    "PhotoPage",
    "PhotoPublic",
    "PlaceBrief",
    "PlaceBriefLevel",
    "PlaceFields",
    "PlaceFieldsLevel",
    "PlacePage",
    "PlacePublic",
    "PlacePublicLevel",
    "ProblemDetail",
    "ProblemDetailErrorsType0Item",
    "PublicationPublic",
    "QuoteFields",
    "QuotePage",
    "QuotePublic",
    "SearchFactsKind",
    "SearchHit",
    "SearchHitKind",
    "SearchHitPage",
    "SectionCount",
    "SectionCountKind",
    "SectionPublic",
    "SectionPublicKind",
    "SourceSpan",
    "StatisticFields",
    "StatisticFieldsKind",
    "StatisticFieldsQualifierType0",
    "StatisticPage",
    "StatisticPublic",
    "StatisticPublicKind",
    "StatisticPublicQualifierType0",
    "StoryFields",
    "StoryPage",
    "StoryPublic",
    "UnitPublic",
    "VocabularyListSectionCount",
    "VocabularyListUnitPublic",
)
