package corpus.xciphersafe.config;

public interface CipherSettings {
  String TRANSFORMATION = "AES/GCM/NoPadding";
}
