using Microsoft.ML;

namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>
/// The shipped classifier: the model and its manifest, embedded in this assembly by <c>koo train</c>. Loaded once;
/// the same instance serves every conversation.
/// </summary>
public sealed class JudgementModel
{
    private static readonly Lazy<JudgementModel> Embedded = new(LoadEmbedded);

    private JudgementModel(JudgementClassifier classifier, JudgementManifest manifest)
    {
        Classifier = classifier;
        Manifest = manifest;
    }

    public static JudgementModel Shipped => Embedded.Value;

    public JudgementClassifier Classifier { get; }

    public JudgementManifest Manifest { get; }

    public static JudgementModel Load(Stream model, string manifestJson)
    {
        ArgumentNullException.ThrowIfNull(model);
        var ml = new MLContext(JudgementPipeline.Seed);
        var transformer = ml.Model.Load(model, out _);
        var manifest = JudgementManifest.FromJson(manifestJson);
        return new JudgementModel(new JudgementClassifier(ml, transformer, manifest.Classes), manifest);
    }

    private static JudgementModel LoadEmbedded()
    {
        var assembly = typeof(JudgementModel).Assembly;
        using var model = assembly.GetManifestResourceStream("KooAssistent.Conversation." + JudgementManifest.ModelFileName)
            ?? throw new InvalidOperationException("The judgement model is not in the assembly; run 'koo train'.");
        using var manifest = assembly.GetManifestResourceStream("KooAssistent.Conversation." + JudgementManifest.FileName)
            ?? throw new InvalidOperationException("The judgement model's manifest is not in the assembly; run 'koo train'.");
        using var reader = new StreamReader(manifest);
        return Load(model, reader.ReadToEnd());
    }
}
