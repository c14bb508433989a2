// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title ServiceRegistry
/// @notice Where a replicated application service (br2k, seed 004) is: per service id, the leader replica's id,
/// URL and epoch, and the manifests of its snapshot versions. Clients read the leader here (or ask any replica);
/// the leader publishes itself after each election. Epochs are etcd election revisions, so they only grow: an
/// update with an epoch not above the recorded one is refused ({StaleEpoch}), which closes the last-writer-wins
/// race of a deposed leader publishing late.
/// @dev A service is registered by its admin, who allows publisher accounts (the replicas' keys). Service ids are
/// strings; storage is keyed by {serviceKey} = keccak256(bytes(id)). No credentials are ever stored here: a
/// snapshot's `location` names the store (e.g. "mysql://db.example:3306/backup"), not how to log in.
contract ServiceRegistry {
    /// @notice The recorded leader of a service. Empty strings and epoch 0 before the first update.
    struct Leader {
        string replicaId;
        string url;
        uint64 epoch;
        uint64 updatedAt;
    }

    /// @notice The manifest of one snapshot version (br2k SnapshotMeta without members or timings).
    /// @dev version: store version (from 1, strictly increasing); logIndex: last log entry in the snapshot;
    /// epoch: epoch of the leader that took it; sha256sum: SHA-256 of the whole snapshot stream; size: bytes;
    /// chunks: number of stored chunks; location: the store; publishedAt: block timestamp.
    struct SnapshotVersion {
        uint64 version;
        uint64 logIndex;
        uint64 epoch;
        bytes32 sha256sum;
        uint64 size;
        uint32 chunks;
        string location;
        uint64 publishedAt;
    }

    struct Service {
        address admin;
        Leader leader;
    }

    mapping(bytes32 => Service) private _services;
    mapping(bytes32 => mapping(address => bool)) private _publishers;
    mapping(bytes32 => SnapshotVersion[]) private _snapshots;

    /// @notice `serviceId` was registered with `admin`.
    event ServiceRegistered(bytes32 indexed serviceKey, string serviceId, address indexed admin);
    /// @notice `publisher` may (allowed) or may no longer publish for the service.
    event PublisherSet(bytes32 indexed serviceKey, address indexed publisher, bool allowed);
    /// @notice The service's admin changed.
    event AdminTransferred(bytes32 indexed serviceKey, address indexed previousAdmin, address indexed newAdmin);
    /// @notice The service's leader is now `replicaId` at `url`, elected at `epoch`.
    event LeaderUpdated(bytes32 indexed serviceKey, string replicaId, string url, uint64 epoch);
    /// @notice Snapshot `version` of the service was published.
    event SnapshotPublished(bytes32 indexed serviceKey, uint64 indexed version, uint64 logIndex, uint64 epoch, bytes32 sha256sum);

    /// @notice `serviceId` is already registered.
    error ServiceExists(string serviceId);
    /// @notice `serviceId` is not registered.
    error UnknownService(string serviceId);
    /// @notice `caller` is not the service's admin.
    error NotAdmin(address caller);
    /// @notice `caller` is not an allowed publisher of the service.
    error NotPublisher(address caller);
    /// @notice `epoch` is not above the recorded `current` epoch.
    error StaleEpoch(uint64 epoch, uint64 current);
    /// @notice `version` is not above the latest published `latest` version.
    error StaleVersion(uint64 version, uint64 latest);
    /// @notice A required argument is empty (`field` names it).
    error EmptyField(string field);

    /// @notice The storage key of a service id.
    function serviceKey(string calldata serviceId) public pure returns (bytes32) {
        return keccak256(bytes(serviceId));
    }

    function _existing(string calldata serviceId) private view returns (bytes32 key, Service storage s) {
        key = keccak256(bytes(serviceId));
        s = _services[key];
        if (s.admin == address(0)) revert UnknownService(serviceId);
    }

    /// @notice Registers `serviceId` with the caller as admin and first publisher.
    function registerService(string calldata serviceId) external {
        if (bytes(serviceId).length == 0) revert EmptyField("serviceId");
        bytes32 key = keccak256(bytes(serviceId));
        Service storage s = _services[key];
        if (s.admin != address(0)) revert ServiceExists(serviceId);
        s.admin = msg.sender;
        _publishers[key][msg.sender] = true;
        emit ServiceRegistered(key, serviceId, msg.sender);
        emit PublisherSet(key, msg.sender, true);
    }

    /// @notice Allows or disallows `publisher` to publish for the service. Admin only ({NotAdmin}).
    function setPublisher(string calldata serviceId, address publisher, bool allowed) external {
        (bytes32 key, Service storage s) = _existing(serviceId);
        if (msg.sender != s.admin) revert NotAdmin(msg.sender);
        if (publisher == address(0)) revert EmptyField("publisher");
        _publishers[key][publisher] = allowed;
        emit PublisherSet(key, publisher, allowed);
    }

    /// @notice Hands the service's administration to `newAdmin`. Admin only ({NotAdmin}).
    function transferAdmin(string calldata serviceId, address newAdmin) external {
        (bytes32 key, Service storage s) = _existing(serviceId);
        if (msg.sender != s.admin) revert NotAdmin(msg.sender);
        if (newAdmin == address(0)) revert EmptyField("newAdmin");
        emit AdminTransferred(key, s.admin, newAdmin);
        s.admin = newAdmin;
    }

    /// @notice Records the service's leader. Publishers only ({NotPublisher}); `epoch` must be above the recorded
    /// one ({StaleEpoch}).
    function updateLeader(string calldata serviceId, string calldata replicaId, string calldata url, uint64 epoch) external {
        (bytes32 key, Service storage s) = _existing(serviceId);
        if (!_publishers[key][msg.sender]) revert NotPublisher(msg.sender);
        if (bytes(replicaId).length == 0) revert EmptyField("replicaId");
        if (bytes(url).length == 0) revert EmptyField("url");
        if (epoch <= s.leader.epoch) revert StaleEpoch(epoch, s.leader.epoch);
        s.leader = Leader({replicaId: replicaId, url: url, epoch: epoch, updatedAt: uint64(block.timestamp)});
        emit LeaderUpdated(key, replicaId, url, epoch);
    }

    /// @notice Records a snapshot version's manifest. Publishers only ({NotPublisher}); `version` must be above the
    /// latest ({StaleVersion}).
    function publishSnapshot(
        string calldata serviceId,
        uint64 version,
        uint64 logIndex,
        uint64 epoch,
        bytes32 sha256sum,
        uint64 size,
        uint32 chunks,
        string calldata location
    ) external {
        (bytes32 key,) = _existing(serviceId);
        if (!_publishers[key][msg.sender]) revert NotPublisher(msg.sender);
        SnapshotVersion[] storage list = _snapshots[key];
        uint64 latest = list.length == 0 ? 0 : list[list.length - 1].version;
        if (version <= latest) revert StaleVersion(version, latest);
        list.push(SnapshotVersion({
            version: version,
            logIndex: logIndex,
            epoch: epoch,
            sha256sum: sha256sum,
            size: size,
            chunks: chunks,
            location: location,
            publishedAt: uint64(block.timestamp)
        }));
        emit SnapshotPublished(key, version, logIndex, epoch, sha256sum);
    }

    /// @notice The recorded leader of `serviceId` ({UnknownService} when not registered).
    function leader(string calldata serviceId) external view returns (Leader memory) {
        (, Service storage s) = _existing(serviceId);
        return s.leader;
    }

    /// @notice The admin of `serviceId` (zero when not registered).
    function adminOf(string calldata serviceId) external view returns (address) {
        return _services[keccak256(bytes(serviceId))].admin;
    }

    /// @notice Whether `account` may publish for `serviceId`.
    function isPublisher(string calldata serviceId, address account) external view returns (bool) {
        return _publishers[keccak256(bytes(serviceId))][account];
    }

    /// @notice Number of snapshot versions published for `serviceId`.
    function snapshotCount(string calldata serviceId) external view returns (uint256) {
        return _snapshots[keccak256(bytes(serviceId))].length;
    }

    /// @notice The `i`-th published snapshot version of `serviceId`, oldest first (reverts past the end).
    function snapshotAt(string calldata serviceId, uint256 i) external view returns (SnapshotVersion memory) {
        return _snapshots[keccak256(bytes(serviceId))][i];
    }

    /// @notice The newest snapshot version of `serviceId`; all zero when none was published.
    function latestSnapshot(string calldata serviceId) external view returns (SnapshotVersion memory v) {
        SnapshotVersion[] storage list = _snapshots[keccak256(bytes(serviceId))];
        if (list.length > 0) v = list[list.length - 1];
    }
}
