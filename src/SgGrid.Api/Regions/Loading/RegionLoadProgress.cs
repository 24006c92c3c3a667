namespace SgGrid.Api.Regions.Loading;

/// <summary>A load's progress, updated by the loader from many tasks at once and read by the job that reports it.</summary>
public sealed class RegionLoadProgress
{
    private int _loaded;
    private int _unchanged;

    /// <summary>The phase (see <c>RegionImportJobStatus.Phase</c>).</summary>
    public string Phase { get; set; } = "Checking";

    public int Loaded => Volatile.Read(ref _loaded);

    public int Unchanged => Volatile.Read(ref _unchanged);

    public void AddLoaded(int count = 1) => Interlocked.Add(ref _loaded, count);

    public void AddUnchanged(int count = 1) => Interlocked.Add(ref _unchanged, count);
}
