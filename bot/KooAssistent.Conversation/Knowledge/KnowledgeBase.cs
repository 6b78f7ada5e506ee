using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Knowledge;

/// <summary>Everything the brain knows, loaded and checked together from one knowledge folder.</summary>
public sealed class KnowledgeBase
{
    private KnowledgeBase(KnowledgeFolder folder, OrganisationDirectory organisations, ReplyCatalogue replies)
    {
        Folder = folder;
        Organisations = organisations;
        Replies = replies;
    }

    public KnowledgeFolder Folder { get; }

    public OrganisationDirectory Organisations { get; }

    public ReplyCatalogue Replies { get; }

    /// <exception cref="KnowledgeException">A file is missing or invalid; the message names it.</exception>
    public static KnowledgeBase Load(KnowledgeFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var organisations = OrganisationDirectory.Load(folder);
        return new KnowledgeBase(folder, organisations, ReplyCatalogue.Load(folder, organisations));
    }
}
