namespace KooAssistent.Conversation.Knowledge.Search;

public enum ArticleField
{
    Title,
    Questions,
    Keywords,
    Body,
}
